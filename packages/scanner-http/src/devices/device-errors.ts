/** A device command that cannot be done as asked; the message names the device and what to do. */
export class DeviceError extends Error {
  override readonly name = 'DeviceError';
}
