package dev.replylint.text;

import java.util.Arrays;
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
 * <p>It keeps nothing between calls (the model and the context generator are read-only), so one
 * instance may serve several threads.
 */
final class GreedyLemmatizer {
  private final MaxentModel model;
  private final LemmatizerContextGenerator contexts;

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
      // the context generator reads the decisions so far from an array of exactly that length, as
      // the beam search hands it over
      String[] context = contexts.getContext(i, tokens, Arrays.copyOf(scripts, i), tagsAsContext);
      double[] probabilities = model.eval(context);
      int best = 0;
      for (int k = 1; k < probabilities.length; k++) {
        if (probabilities[k] > probabilities[best]) {
          best = k;
        }
      }
      scripts[i] = model.getOutcome(best);
    }
    return LemmatizerME.decodeLemmas(tokens, scripts);
  }
}
