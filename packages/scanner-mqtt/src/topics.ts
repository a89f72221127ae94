/** Where a site's handhelds publish scans: one topic per device, so the topic names the sender. */
export const scanTopicFilter = (site: string): string => `fairscan/${site}/devices/+/scans`;

export const scanTopic = (site: string, deviceId: string): string => `fairscan/${site}/devices/${deviceId}/scans`;

/** Where a device hears which of its scans were refused, and why. */
export const rejectedTopic = (site: string, deviceId: string): string => `fairscan/${site}/devices/${deviceId}/rejected`;

/** The device id a scan topic names, or undefined for a topic that is not one of this site's scan topics. */
export function deviceOfTopic(site: string, topic: string): string | undefined {
  const parts = topic.split('/');
  const [root, topicSite, devices, deviceId, leaf] = parts;
  if (parts.length !== 5 || root !== 'fairscan' || topicSite !== site || devices !== 'devices' || leaf !== 'scans') return undefined;
  return deviceId === '' ? undefined : deviceId;
}
