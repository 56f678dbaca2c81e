// The phone ticket's service worker: it only shows notifications.
//
// Android Chrome shows a page's notifications only through a service
// worker registration (`new Notification()` throws there), so the ticket
// page registers this one and calls `showNotification` on it. Nothing is
// cached and no request passes through it: the page stays a live view of
// the server. Touching a notification brings the resident back to their
// ticket: the open tab if there is one, else the ticket page anew.

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = event.notification.data?.url;
  if (!url) return;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows.find((w) => w.url === url);
      if (open) return open.focus();
      return self.clients.openWindow(url);
    })(),
  );
});
