import { useMemo } from 'react';
import type { DashboardApi, DashboardReference, DistrictHistory } from '../api.ts';
import { useTexts } from '../i18n.tsx';
import { useLoad } from '../useLoad.ts';
import { HistoryChooser, HistoryTable } from './HistoryView.tsx';

interface Props {
  api: DashboardApi;
  reference: DashboardReference;
  week: string;
  districtId: string | undefined;
  onDistrictChange: (id: string) => void;
}

/** One district's levels per focus area over the last twelve weeks: a chart of the counts and the table. */
export default function DistrictView({ api, reference, week, districtId, onDistrictChange }: Props) {
  const loaded = useLoad(`${districtId}:${week}`, () => api.districtHistory(districtId ?? '', week));
  return (
    <HistoryChooser label="chooseDistrict" choices={reference.districts} value={districtId} onChange={onDistrictChange} loaded={loaded}>
      {(data) => <History data={data} />}
    </HistoryChooser>
  );
}

function History({ data }: { data: DistrictHistory }) {
  const { t, language } = useTexts();
  const rows = useMemo(() => data.areas.map((area) => ({ id: area.focusAreaId, name: area.name[language], levels: area.levels, trends: area.trends })), [data, language]);
  return (
    <HistoryTable
      title={data.districtName}
      caption={t('historyCaption', { district: data.districtName, count: data.weeks.length })}
      rowHeader={t('focusArea')}
      weeks={data.weeks}
      rows={rows}
      testId="district-history"
    />
  );
}
