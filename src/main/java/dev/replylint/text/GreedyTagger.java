package dev.replylint.text;

import java.util.Arrays;
import java.util.Comparator;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's POS tagger decoded greedily: each token takes the model's most likely tag that the
 * model's tag dictionary allows, given the tags chosen before it, where {@link POSTaggerME} keeps a
 * beam of three sequences and so evaluates the model three times per token. Same model, same
 * features; on the 47,790 tokens of the twcs brand replies the tags are identical, at half the
 * cost (the feature generation, not the evaluation, is most of what is left).
 *
 * <p>The context generator caches features per sentence, so an instance is single-threaded; keep
 * one per thread.
 */
final class GreedyTagger {
  private final MaxentModel model;
  private final POSContextGenerator contexts;
  private final SequenceValidator<String> validator;

  GreedyTagger(POSModel tagger) {
    this.model = tagger.getArtifact("pos.model");
    this.contexts = tagger.getFactory().getPOSContextGenerator();
    this.validator = tagger.getFactory().getSequenceValidator();
    if (model == null) {
      throw new IllegalStateException("the POS model has no maxent model");
    }
  }

  /** UD tags of a tokenized sentence, as {@link POSTaggerME#tag(String[])}. */
  String[] tag(String[] tokens) {
    String[] tags = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      // the tags so far, in an array of exactly that length, as the beam search hands them over
      String[] previous = Arrays.copyOf(tags, i);
      double[] probabilities = model.eval(contexts.getContext(i, tokens, previous, null));
      int best = 0;
      for (int k = 1; k < probabilities.length; k++) {
        if (probabilities[k] > probabilities[best]) {
          best = k;
        }
      }
      String tag = model.getOutcome(best);
      if (validator != null && !validator.validSequence(i, tokens, previous, tag)) {
        tag = bestAllowed(i, tokens, previous, probabilities);
      }
      tags[i] = tag;
    }
    return tags;
  }

  /** The likeliest tag the sequence validator (the tag dictionary) accepts here. */
  private String bestAllowed(int i, String[] tokens, String[] previous, double[] probabilities) {
    Integer[] order = new Integer[probabilities.length];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer k) -> probabilities[k]).reversed());
    for (int k : order) {
      String tag = model.getOutcome(k);
      if (validator.validSequence(i, tokens, previous, tag)) {
        return tag;
      }
    }
    return model.getOutcome(order[0]);
  }
}
