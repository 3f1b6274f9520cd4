/** My work and Teams notifications: the public face other modules may use. */
export { myWorkModule } from "./module";
export { notificationLogList, notificationSettingsList } from "./lists";
export { notify, type NotifyServices } from "./data/notifications-data";
export { actionAssignedEvent, approvalNeededEvent, type NotifyOutcome, waitingListPlaceEvent } from "./domain/notifications";
