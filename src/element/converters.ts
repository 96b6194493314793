/** Reads "false", "off", "no" and "0" as false; presence otherwise means true. */
export const flag = {
  fromAttribute: (value: string | null) => value !== null && !/^(false|off|no|0)$/i.test(value.trim()),
  toAttribute: (value: boolean) => (value ? '' : 'off'),
};
/** Like `flag`, but an absent attribute means true (on by default). */
export const onByDefault = {
  ...flag,
  fromAttribute: (value: string | null) => value === null || flag.fromAttribute(value),
};
