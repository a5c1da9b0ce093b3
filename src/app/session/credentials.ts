// What the aidant types on the login screen, apart from the session's code: the first visit's login screen
// needs it without the database and the sync (src/app/first-visit.tsx).

/** What the aidant types on the login screen. */
export interface Credentials {
  email: string;
  password: string;
  deviceName: string;
}

/** The device name sent when the aidant leaves the field empty. */
export const DEFAULT_DEVICE_NAME = 'Tablette';
