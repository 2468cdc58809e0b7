package dev.carerecord.sdk.fhir.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.testing.SharedFixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;
import org.junit.jupiter.api.Test;

/** The narrative text written here must be exactly what HAPI's {@code getDivAsString()} gives. */
class NarrativeHtmlTest {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String[] NAMES = {"div", "p", "b", "i", "span", "table", "tr", "td", "th", "ul", "li",
        "br", "hr", "img", "a", "h3", "script", "style", "head", "pre"};
    private static final String TEXT = "abc XYZ 019 &<>\"'\t\r\n\u00a0\u00a7\u00a9\u00ae\u2122\u03bc\u00e9"
            + "\ud83d\ude00\ud800 ;#";

    private static void assertSameAsHapi(Narrative narrative) {
        assertThat(NarrativeHtml.divAsString(narrative)).isEqualTo(narrative.getDivAsString());
    }

    private static Narrative narrative(String div) {
        Narrative narrative = new Narrative();
        narrative.setDivAsString(div);
        return narrative;
    }

    @Test
    void everyFixtureNarrativeIsWrittenAsHapiWritesIt() {
        List<Narrative> narratives = new ArrayList<>();
        for (String folder : List.of("ips", "ukcore")) {
            for (Path file : SharedFixtures.jsonFiles(folder)) {
                for (Resource resource : R4Fixtures.resources(R4Fixtures.parse(file))) {
                    collect(resource, narratives);
                }
            }
        }
        assertThat(narratives).hasSizeGreaterThan(20);
        for (Narrative narrative : narratives) {
            assertThat(NarrativeHtml.compose(narrative.getDiv())).as("written here, not left to HAPI").isNotNull();
            assertSameAsHapi(narrative);
        }
    }

    private static void collect(Resource resource, List<Narrative> narratives) {
        if (resource instanceof DomainResource domain) {
            if (domain.hasText() && domain.getText().hasDiv()) {
                narratives.add(domain.getText());
            }
            domain.getContained().forEach(contained -> collect(contained, narratives));
        }
        if (resource instanceof Composition composition) {
            composition.getSection().forEach(section -> collect(section, narratives));
        }
    }

    private static void collect(Composition.SectionComponent section, List<Narrative> narratives) {
        if (section.hasText() && section.getText().hasDiv()) {
            narratives.add(section.getText());
        }
        section.getSection().forEach(child -> collect(child, narratives));
    }

    @Test
    void parsedMarkupIsWrittenAsHapiWritesIt() {
        String[] divs = {
            "<div xmlns=\"" + XHTML + "\">plain</div>",
            "<div>no namespace</div>",
            "<div xmlns=\"" + XHTML + "\"><p>a &amp; b &lt; c &gt; d &quot;e&quot; 'f'</p></div>",
            "<div xmlns=\"" + XHTML + "\"><table class=\"grid\" title=\"x &amp; &quot;y&quot; &lt;z&gt;\">"
                + "<tr><th>Code</th><td/><td></td><td>&#160;&#x1F600;&#233;</td></tr></table></div>",
            "<div xmlns=\"" + XHTML + "\"><p>line<br/>break<br></br></p><img src=\"a.png\" alt=\"\"/></div>",
            "<div xmlns=\"" + XHTML + "\"><ul><li>one</li><li><b>two</b> and <i>three</i></li></ul>\n  text\n</div>",
            "<div xmlns=\"" + XHTML + "\"><!-- a comment --><p>kept</p></div>",
            "<div xmlns=\"" + XHTML + "\"><pre>  spaced\r\n  out  </pre></div>",
            "<div xmlns=\"" + XHTML + "\" lang=\"en-GB\" xml:lang=\"en-GB\"><a href=\"https://x.example/?a=1&amp;b=2\">"
                + "https://x.example</a></div>",
        };
        for (String div : divs) {
            assertSameAsHapi(narrative(div));
        }
        assertThat(NarrativeHtml.divAsString(new Narrative())).isEqualTo(new Narrative().getDivAsString());
    }

    @Test
    void generatedTreesAreWrittenAsHapiWritesThem() {
        Random random = new Random(20251123);
        int writtenHere = 0;
        for (int n = 0; n < 20_000; n++) {
            XhtmlNode div = new XhtmlNode(NodeType.Element, "div");
            if (random.nextBoolean()) {
                div.setAttribute("xmlns", XHTML);
            }
            fill(div, random, 0);
            Narrative narrative = new Narrative();
            narrative.setDiv(div);
            assertSameAsHapi(narrative);
            writtenHere += NarrativeHtml.compose(div) != null ? 1 : 0;
        }
        assertThat(writtenHere).as("most trees are written here, some left to HAPI").isBetween(2_000, 19_000);
    }

    private static void fill(XhtmlNode element, Random random, int depth) {
        int children = depth > 3 ? 0 : random.nextInt(4);
        for (int c = 0; c < children; c++) {
            int kind = random.nextInt(10);
            if (kind < 5) {
                XhtmlNode child = element.addTag(NAMES[random.nextInt(NAMES.length)]);
                if (random.nextInt(3) == 0) {
                    child.setAttribute(random.nextBoolean() ? "class" : "title", text(random, 6));
                }
                fill(child, random, depth + 1);
            } else if (kind < 9) {
                element.addText(text(random, 12));
            } else if (random.nextInt(20) == 0) {
                element.addComment(text(random, 5));
            }
        }
    }

    private static String text(Random random, int max) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(max + 1);
        for (int i = 0; i < length; i++) {
            s.append(TEXT.charAt(random.nextInt(TEXT.length())));
        }
        return s.toString();
    }
}
