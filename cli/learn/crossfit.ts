// Honest evaluation of the shipped model: a row whose text the model was trained on is scored by the
// model of the cross-validation fold that did not see it (trained here exactly as `npm run train`
// trains it); any other row by the shipped model. So figures on ViHOS are cross-validated and figures
// on ViHSD/ViTHSD (whose texts overlap ViHOS) are cross-fitted.
import { createChecker } from '../../rules/index';
import { TRAINED_ON } from '../../rules/learned/weights';
import type { Checker, CheckerOptions } from '../../rules/types';
import { parseVihos, textKey } from './data';
import { TEAM_DOCS } from './team';
import { foldModels, foldOf, prepare } from './train';

export interface CrossFit {
  /** Whether the shipped model was trained on this text. */
  seen(text: string): boolean;
  /** A checker for `options` that never scores a text with a model trained on it. */
  checker(options: CheckerOptions): (text: string) => Checker;
}

/** Trains the fold models on the training file's text (`trainedOn`, the ViHOS JSONL). */
export function crossFit(trainedOn: string, sha256: string): CrossFit {
  if (sha256 !== TRAINED_ON.sha256)
    throw new Error(
      `the --trained-on file (sha256 ${sha256.slice(0, 12)}…) is not the one the shipped model was trained on (${TRAINED_ON.file}, ${TRAINED_ON.sha256.slice(0, 12)}…)`,
    );
  const docs = parseVihos(trainedOn);
  const models = foldModels(
    docs.map((d) => prepare(d)),
    TEAM_DOCS.map((d) => prepare(d)),
  );
  const seen = new Set(docs.map((d) => textKey(d.text)));
  return {
    seen: (text) => seen.has(textKey(text)),
    checker(options) {
      const shipped = createChecker(options);
      // Without the learned layer no model saw anything: one checker for every text.
      if (options.learned === null) return () => shipped;
      // Each fold's model, with the caller's operating points.
      const folds = models.map((model) =>
        createChecker({ ...options, learned: { ...(options.learned ?? {}), model } }),
      );
      return (text) => (seen.has(textKey(text)) ? (folds[foldOf(text)] as Checker) : shipped);
    },
  };
}
