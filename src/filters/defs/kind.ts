/** Kind: incidents, meetings, programme milestones, announcements. */
import { EVENT_KINDS } from '../../model/types';
import { setFilter } from './setOf';

export const kindFilter = setFilter({
  id: 'kind',
  param: 'kind',
  options: EVENT_KINDS,
  title: 'filterKind',
  labels: { incident: 'rowIncident', meeting: 'rowMeeting', 'programme-milestone': 'rowMilestone', announcement: 'rowAnnouncement' },
  of: (e) => e.kind,
  uniform: 'kindMask',
});
