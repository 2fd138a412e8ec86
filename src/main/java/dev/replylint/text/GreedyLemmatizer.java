package dev.replylint.text;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * OpenNLP's statistical lemmatizer, decoded greedily: each token takes the model's most likely
 * edit script given the one chosen for the token before it, where {@link LemmatizerME} keeps a
 * beam of three candidate sequences. The beam makes every token cost three evaluations of the
 * model and three sorts of its 860 outcomes, which was most of the time of the whole default
 * policy; greedy decoding costs one evaluation and no sort, about a tenth.
 *
 * <p>Same model, same features, same decoding of edit scripts into lemmas; on the 47,790 tokens of
 * the twcs brand replies the two disagree on one ("Lagos" tagged PROPN+PART: lagos vs lago).
 *
 * <p>The model's features for a token are the token, its tag and the edit script chosen for the
 * token before it, nothing else; so greedily the script is a function of those three, and this
 * remembers it: a word seen before in the same setting costs a lookup, not an evaluation of 860
 * outcomes. The memory makes an instance single-threaded; keep one per thread.
 */
final class GreedyLemmatizer {
  /** Enough for a large vocabulary (a few MB); past it the memory starts again, empty. */
  private static final int MAX_REMEMBERED = 50_000;

  private final MaxentModel model;
  private final LemmatizerContextGenerator contexts;
  private final Map<Setting, String> scriptOf = new HashMap<>();

  /** What the model sees of a token: the token, its tag, the previous token's script (null at the start). */
  private record Setting(String token, String tag, String previousScript) {}

  GreedyLemmatizer(LemmatizerModel lemmatizer) {
    this.model = lemmatizer.getArtifact("lemmatizer.model");
    this.contexts = lemmatizer.getFactory().getContextGenerator();
    if (model == null) {
      throw new IllegalStateException("the lemmatizer model has no maxent model");
    }
  }

  /** Lemmas of a tokenized, tagged sentence, as {@link LemmatizerME#lemmatize(String[], String[])}. */
  String[] lemmatize(String[] tokens, String[] tags) {
    String[] scripts = new String[tokens.length];
    Object[] tagsAsContext = {tags};
    for (int i = 0; i < tokens.length; i++) {
      Setting key = new Setting(tokens[i], tags[i], i == 0 ? null : scripts[i - 1]);
      String script = scriptOf.get(key);
      if (script == null) {
        script = evaluate(i, tokens, scripts, tagsAsContext);
        if (scriptOf.size() >= MAX_REMEMBERED) {
          scriptOf.clear();
        }
        scriptOf.put(key, script);
      }
      scripts[i] = script;
    }
    return LemmatizerME.decodeLemmas(tokens, scripts);
  }

  private String evaluate(int i, String[] tokens, String[] scripts, Object[] tagsAsContext) {
    // the decisions so far, in an array of exactly that length, as the beam search hands them over
    String[] previous = java.util.Arrays.copyOf(scripts, i);
    double[] probabilities = model.eval(contexts.getContext(i, tokens, previous, tagsAsContext));
    int best = 0;
    for (int k = 1; k < probabilities.length; k++) {
      if (probabilities[k] > probabilities[best]) {
        best = k;
      }
    }
    return model.getOutcome(best);
  }
}
