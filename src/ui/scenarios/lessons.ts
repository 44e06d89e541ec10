import { LESSON_TITLES } from '../plugins/registry';

/** "Lesson 12: ChangeMessageVisibility sets …"; an unknown id is still named. */
export function lessonTitle(id: string): string {
  const title = LESSON_TITLES[id];
  const number = /^L0*(\d+)$/.exec(id)?.[1];
  const lesson = number === undefined ? id : `Lesson ${number}`;
  return title === undefined ? lesson : `${lesson}: ${title}`;
}
