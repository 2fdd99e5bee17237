declare module 'opencc-js/dict/*' {
  /** A dictionary serialised as `"key value|key value"`. */
  const dictionary: string;
  export default dictionary;
}
