package dev.replylint.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models, read from the model jars on the class path (Maven artifacts, never the
 * network). Each model is loaded the first time something asks for it and then shared by every
 * thread: the models are immutable; only the {@code *ME} tools built on them hold state.
 *
 * <p>The holder classes make loading lazy and once-per-JVM without locks or mutable statics.
 */
public final class NlpModels {
  static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
  static final String LANGUAGE = "/langdetect-183.bin";

  private NlpModels() {}

  public static SentenceModel sentences() {
    return SentenceHolder.MODEL;
  }

  public static TokenizerModel tokens() {
    return TokenHolder.MODEL;
  }

  public static POSModel posTags() {
    return PosHolder.MODEL;
  }

  public static LemmatizerModel lemmas() {
    return LemmaHolder.MODEL;
  }

  public static LanguageDetectorModel language() {
    return LanguageHolder.MODEL;
  }

  /** Loads the models a set of analyses needs, so a long-running service pays before traffic. */
  public static void warm(Iterable<Analysis> needs) {
    for (Analysis need : needs) {
      switch (need) {
        case SENTENCES -> sentences();
        case TOKENS -> {
          sentences();
          tokens();
        }
        case POS_TAGS -> posTags();
        case LEMMAS -> {
          posTags();
          lemmas();
        }
        case LANGUAGE -> language();
      }
    }
  }

  private interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }

  private static <M> M load(String resource, ModelReader<M> reader) {
    try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + resource + " is missing from the class path");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }

  private static final class SentenceHolder {
    static final SentenceModel MODEL = load(SENTENCE, SentenceModel::new);
  }

  private static final class TokenHolder {
    static final TokenizerModel MODEL = load(TOKENS, TokenizerModel::new);
  }

  private static final class PosHolder {
    static final POSModel MODEL = load(POS, POSModel::new);
  }

  private static final class LemmaHolder {
    static final LemmatizerModel MODEL = load(LEMMAS, LemmatizerModel::new);
  }

  private static final class LanguageHolder {
    static final LanguageDetectorModel MODEL = load(LANGUAGE, LanguageDetectorModel::new);
  }
}
