import { useMemo } from 'react';
import type { DashboardApi, DashboardReference, FocusAreaHistory } from '../api.ts';
import { useTexts } from '../i18n.tsx';
import { useLoad } from '../useLoad.ts';
import { HistoryChooser, HistoryTable } from './HistoryView.tsx';

interface Props {
  api: DashboardApi;
  reference: DashboardReference;
  week: string;
  focusAreaId: string | undefined;
  onFocusAreaChange: (id: string) => void;
}

/** One focus area across the districts over the last twelve weeks: counts per level as a chart, each district in the table. */
export default function FocusAreaView({ api, reference, week, focusAreaId, onFocusAreaChange }: Props) {
  const { language } = useTexts();
  const loaded = useLoad(`${focusAreaId}:${week}`, () => api.focusAreaHistory(focusAreaId ?? '', week));
  const choices = useMemo(() => reference.focusAreas.map((area) => ({ id: area.id, name: area.name[language] })), [reference, language]);
  return (
    <HistoryChooser label="chooseFocusArea" choices={choices} value={focusAreaId} onChange={onFocusAreaChange} loaded={loaded}>
      {(data) => <Across data={data} />}
    </HistoryChooser>
  );
}

function Across({ data }: { data: FocusAreaHistory }) {
  const { t, language } = useTexts();
  const rows = useMemo(() => data.districts.map((district) => ({ id: district.districtId, name: district.districtName, levels: district.levels })), [data]);
  return (
    <HistoryTable
      title={data.name[language]}
      caption={t('focusCaption', { area: data.name[language], count: data.weeks.length })}
      rowHeader={t('district')}
      weeks={data.weeks}
      rows={rows}
      testId="focus-history"
    />
  );
}
