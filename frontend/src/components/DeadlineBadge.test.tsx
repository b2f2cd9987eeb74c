import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '../i18n';
import { DeadlineBadge } from './DeadlineBadge';

const now = new Date('2026-03-02T02:00:00Z');
const inHours = (h: number) => new Date(now.getTime() + h * 3600_000).toISOString();

describe('DeadlineBadge', () => {
  it('says in words what its colour shows, with an icon', () => {
    const cases = [
      { ticket: { replyDue: inHours(30), state: 'ACCEPTED' }, level: 'normal', text: '剩 1 天 6 小时' },
      { ticket: { replyDue: inHours(2), state: 'ACCEPTED' }, level: 'yellow', text: '即将到期：剩 2 小时 0 分钟' },
      { ticket: { replyDue: inHours(-3), overdue: true, state: 'ACCEPTED' }, level: 'overdue', text: '已超期 3 小时 0 分钟' },
      { ticket: { replyDue: inHours(5), paused: true, state: 'AWAITING_RESIDENT' }, level: 'paused', text: '暂停计时（等待市民补充）' },
    ];
    for (const c of cases) {
      const { container, unmount } = render(<DeadlineBadge ticket={c.ticket} now={now} />);
      const badge = container.querySelector('.ms-badge');
      expect(badge?.getAttribute('data-level')).toBe(c.level);
      expect(badge?.textContent).toBe(c.text);
      expect(badge?.querySelector('.anticon[aria-hidden]') ?? badge?.querySelector('[aria-hidden]')).toBeTruthy();
      unmount();
    }
  });

  it('shows nothing once the ticket is replied', () => {
    const { container } = render(<DeadlineBadge ticket={{ replyDue: inHours(-3), overdue: true, state: 'REPLIED' }} now={now} />);
    expect(container.textContent).toBe('');
  });
});
