import { lessonTitle } from './lessons';

/**
 * Lesson ids (LESSONS.md, "L11") as small badges, each with what it teaches as its tooltip;
 * screen readers hear the same: "Lessons: Lesson 10: The visibility timeout hides …".
 */
export function LessonBadges({
  lessons,
  id,
  className = '',
}: {
  lessons: readonly string[];
  id?: string;
  className?: string;
}) {
  if (lessons.length === 0) return null;
  return (
    <span id={id} className={`flex flex-wrap gap-1 ${className}`}>
      <span className="sr-only">Lessons: {lessons.map(lessonTitle).join('; ')}</span>
      {lessons.map((lesson) => (
        <span
          key={lesson}
          aria-hidden="true"
          title={lessonTitle(lesson)}
          className="cursor-help rounded bg-amber-100 px-1.5 py-0.5 font-mono text-[11px] font-medium text-amber-900 dark:bg-amber-900/40 dark:text-amber-200"
        >
          {lesson}
        </span>
      ))}
    </span>
  );
}
