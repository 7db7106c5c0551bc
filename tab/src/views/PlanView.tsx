import { Spinner } from '@fluentui/react-components';
import type { DashboardApi, DashboardPlan, DashboardReference } from '../api.ts';
import { useTexts } from '../i18n.tsx';
import { STATUS_TEXT } from '../levels.tsx';
import { useLoad } from '../useLoad.ts';
import { ErrorNotice } from './ErrorNotice.tsx';

type Task = DashboardPlan['overdue'][number];

/** The action plan: overdue, due soon, every open task by owner and status; and decisions awaiting political anchoring. */
export function PlanView({ api, reference }: { api: DashboardApi; reference: DashboardReference }) {
  const { t } = useTexts();
  const loaded = useLoad('plan', () => api.plan());
  if (loaded.state === 'loading') return <Spinner label={t('loading')} />;
  if (loaded.state === 'failed') return <ErrorNotice text={t('loadFailed', { status: loaded.status })} onRetry={loaded.retry} />;
  const plan = loaded.data;
  return (
    <section className="plan">
      <h2>{t('planOverdue')}</h2>
      <Tasks tasks={plan.overdue} reference={reference} testId="overdue" />
      <h2>{t('planDueSoon')}</h2>
      <Tasks tasks={plan.dueSoon} reference={reference} testId="due-soon" />
      <h2>{t('planByOwner')}</h2>
      {plan.byOwner.length === 0 ? <p>{t('planNone')}</p> : null}
      {plan.byOwner.map((group) => (
        <div key={group.owner} className="owner-group">
          <h3>{group.owner}</h3>
          {group.byStatus.map((status) => (
            <div key={status.status}>
              <h4>{t(STATUS_TEXT[status.status])}</h4>
              <Tasks tasks={status.tasks} reference={reference} />
            </div>
          ))}
        </div>
      ))}
      <h2>{t('planDecisions')}</h2>
      {plan.pendingDecisions.length === 0 ? (
        <p>{t('planNone')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={t('planDecisions')} tabIndex={0}>
          <table className="list" data-testid="decisions">
            <thead>
              <tr>
                <th scope="col">{t('date')}</th>
                <th scope="col">{t('decision')}</th>
                <th scope="col">{t('boards')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.pendingDecisions.map((decision) => (
                <tr key={decision.id}>
                  <td>{decision.date}</td>
                  <td>{decision.text}</td>
                  <td>{decision.boards.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Tasks({ tasks, reference, testId }: { tasks: Task[]; reference: DashboardReference; testId?: string }) {
  const { t } = useTexts();
  if (tasks.length === 0) return <p>{t('planNone')}</p>;
  const districtName = (id: string | undefined) => (id ? (reference.districts.find((d) => d.id === id)?.name ?? id) : t('cityWide'));
  return (
    <div className="table-scroll" role="region" aria-label={t('task')} tabIndex={0}>
      <table className="list" {...(testId ? { 'data-testid': testId } : {})}>
        <thead>
          <tr>
            <th scope="col">{t('task')}</th>
            <th scope="col">{t('owner')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('due')}</th>
            <th scope="col">{t('district')}</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <tr key={task.id} data-task={task.id}>
              <td>
                {task.id} {task.title}
              </td>
              <td>{task.assignee ? `${task.owner} (${task.assignee})` : task.owner}</td>
              <td>{t(STATUS_TEXT[task.status])}</td>
              <td>{task.dueDate}</td>
              <td>{districtName(task.districtId)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
