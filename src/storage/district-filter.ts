import type { SqlParameter } from '@azure/cosmos';

/** A query's condition narrowed to one district when `districtId` is given (else unchanged). */
export function inDistrict(where: string, parameters: SqlParameter[], districtId: string | undefined): [string, SqlParameter[]] {
  return districtId ? [`(${where}) AND c.districtId = @district`, [...parameters, { name: '@district', value: districtId }]] : [where, parameters];
}
