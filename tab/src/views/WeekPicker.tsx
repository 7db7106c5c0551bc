import { Button } from '@fluentui/react-components';
import { useTexts } from '../i18n.tsx';
import { addWeeks, splitWeek } from '../model.ts';

/** Previous / next week, and back to the current one. */
export function WeekPicker({ week, currentWeek, onChange }: { week: string; currentWeek: string; onChange: (week: string) => void }) {
  const { t } = useTexts();
  const { year, week: number } = splitWeek(week);
  return (
    <div className="week-picker">
      <Button onClick={() => onChange(addWeeks(week, -1))} aria-label={t('previousWeek')}>
        ←
      </Button>
      <h2 aria-live="polite">{t('weekLabel', { week: number, year })}</h2>
      <Button onClick={() => onChange(addWeeks(week, 1))} aria-label={t('nextWeek')} disabled={week >= currentWeek}>
        →
      </Button>
      {week !== currentWeek ? (
        <Button appearance="subtle" onClick={() => onChange(currentWeek)}>
          {t('currentWeek')}
        </Button>
      ) : null}
    </div>
  );
}
