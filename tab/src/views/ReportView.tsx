import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError, type DashboardApi } from '../api.ts';
import { useTexts } from '../i18n.tsx';
import { addWeeks, isWeekKey } from '../model.ts';

type Format = 'docx' | 'xlsx' | 'csv';

/** "Ladda ner återrapport": a period and a format; the server answers with a short-lived link, and the tab follows it. */
export function ReportView({ api, week }: { api: DashboardApi; week: string }) {
  const { t } = useTexts();
  const [from, setFrom] = useState(addWeeks(week, -7));
  const [to, setTo] = useState(week);
  const [message, setMessage] = useState<string | undefined>();
  const valid = isWeekKey(from) && isWeekKey(to) && from <= to;
  const download = async (format: Format) => {
    if (!valid) return setMessage(t('reportInvalid'));
    setMessage(t('reportPreparing'));
    try {
      const { url } = await api.reportLink(from, to, format);
      const link = document.createElement('a');
      link.href = url;
      link.download = '';
      document.body.append(link);
      link.click();
      link.remove();
      setMessage(t('reportStarted'));
    } catch (error) {
      setMessage(error instanceof ApiError && error.status === 403 ? t('reportForbidden') : error instanceof ApiError && error.status === 400 ? t('reportInvalid') : t('loadFailed', { status: String(error) }));
    }
  };
  return (
    <section className="report">
      <h2>{t('reportTitle')}</h2>
      <p>{t('reportIntro')}</p>
      <div className="report-fields">
        <Field label={t('reportFrom')} hint={t('reportWeekHint')} validationState={isWeekKey(from) ? 'none' : 'error'}>
          <Input value={from} onChange={(_, data) => setFrom(data.value.trim().toUpperCase().replace(/^(\d{4})-?W?(\d{2})$/, '$1-W$2'))} name="from" />
        </Field>
        <Field label={t('reportTo')} hint={t('reportWeekHint')} validationState={isWeekKey(to) ? 'none' : 'error'}>
          <Input value={to} onChange={(_, data) => setTo(data.value.trim().toUpperCase().replace(/^(\d{4})-?W?(\d{2})$/, '$1-W$2'))} name="to" />
        </Field>
      </div>
      <div className="report-buttons">
        <Button appearance="primary" onClick={() => void download('docx')} data-format="docx">
          {t('reportWord')}
        </Button>
        <Button onClick={() => void download('xlsx')} data-format="xlsx">
          {t('reportExcel')}
        </Button>
        <Button onClick={() => void download('csv')} data-format="csv">
          {t('reportCsv')}
        </Button>
      </div>
      <p role="status" aria-live="polite" data-testid="report-message">
        {message ?? ''}
      </p>
    </section>
  );
}
