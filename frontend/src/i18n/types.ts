import type zhCN from './zh-CN';

/** The shape of the messages: the same keys as zh-CN, every leaf a string. */
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Messages = Shape<typeof zhCN>;
