/**
 * A pure function of a few numbers, its last answers kept by those numbers: the same input
 * gives back the same answer, object and all (frozen: every caller shares it). Once `size`
 * answers are kept they are let go together.
 */
export function kept<I, O extends object>(
  key: (input: I) => string,
  solve: (input: I) => O,
  size: number,
): (input: I) => O {
  const answers = new Map<string, O>();
  return (input) => {
    const k = key(input);
    let answer = answers.get(k);
    if (!answer) {
      if (answers.size >= size) answers.clear();
      answer = Object.freeze(solve(input));
      answers.set(k, answer);
    }
    return answer;
  };
}
