import type { DashboardPlan, DashboardReference, DashboardWeek, DistrictHistory, FocusAreaHistory } from '../../src/app/dashboard-types.ts';

export type { DashboardPlan, DashboardReference, DashboardWeek, DistrictHistory, FocusAreaHistory };

export interface Me {
  user: { name: string; roles: string[] };
  access: { read: boolean; report: boolean };
  reference?: DashboardReference;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(`${status} ${code}`);
  }
}

/** The tab's JSON API (bot/edge/tab-routes.ts): every call carries the SSO token. */
export class DashboardApi {
  constructor(private readonly token: () => Promise<string>) {}

  async get<T>(path: string, query: Record<string, string | undefined> = {}): Promise<T> {
    const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined));
    const url = `/api/tab${path}${search.size > 0 ? `?${search}` : ''}`;
    const response = await fetch(url, { headers: { Authorization: `Bearer ${await this.token()}`, Accept: 'application/json' } });
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { error?: string };
      throw new ApiError(response.status, body.error ?? 'error');
    }
    return (await response.json()) as T;
  }

  me = () => this.get<Me>('/me');
  week = (week?: string) => this.get<DashboardWeek>('/week', { week });
  districtHistory = (id: string, to?: string) => this.get<DistrictHistory>(`/districts/${encodeURIComponent(id)}/history`, { to });
  focusAreaHistory = (id: string, to?: string) => this.get<FocusAreaHistory>(`/focus-areas/${encodeURIComponent(id)}/history`, { to });
  plan = () => this.get<DashboardPlan>('/plan');
  reportLink = (from: string, to: string, format: 'docx' | 'xlsx' | 'csv') => this.get<{ url: string }>('/report-link', { from, to, format });
}
