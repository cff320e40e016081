/** 日本語のカタログ：画面に出るすべての文言（前半 ja.core.ts と後半 ja.later.ts）。 */
import type { Catalogue } from './en';
import { jaCore } from './ja.core';
import { jaLater } from './ja.later';

export const ja: Catalogue = { ...jaCore, ...jaLater };
