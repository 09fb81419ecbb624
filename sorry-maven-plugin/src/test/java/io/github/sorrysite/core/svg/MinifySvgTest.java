package io.github.sorrysite.core.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MinifySvgTest {
    private static final String NS = "xmlns=\"http://www.w3.org/2000/svg\"";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "declaration, comments, spaces  | `<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- by hand -->\n<svg NS viewBox=\"0 0 8 8\">\n  <g>\n    <path d=\"M0 0h8\"></path>\n  </g>\n</svg>\n` | <svg NS viewBox=\"0 0 8 8\"><g><path d=\"M0 0h8\"/></g></svg>",
        "metadata and editors' parts    | `<svg NS xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" xmlns:sodipodi=\"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd\" inkscape:version=\"1.3\" viewBox=\"0 0 8 8\"><metadata><x/></metadata><sodipodi:namedview id=\"v\"/><path inkscape:label=\"a\" d=\"M0 0\"/></svg>` | <svg NS viewBox=\"0 0 8 8\"><path d=\"M0 0\"/></svg>",
        "text keeps its spaces          | `<svg NS><text x=\"1\"> a <tspan>b</tspan> </text><title> T </title></svg>` | `<svg NS><text x=\"1\"> a <tspan>b</tspan> </text><title> T </title></svg>`",
        "xml:space=preserve keeps them  | `<svg NS><g xml:space=\"preserve\"> <path d=\"M0 0\"/> </g></svg>` | `<svg NS><g xml:space=\"preserve\"> <path d=\"M0 0\"/> </g></svg>`",
        "numbers in geometry            | `<svg NS viewBox=\"0.0 0 8.50 8\"><path d=\"M0.5-0.25L10.5 0.50\" stroke-width=\"1.0\" transform=\"rotate(0.5)\"/></svg>` | `<svg NS viewBox=\"0 0 8.5 8\"><path d=\"M.5-.25L10.5 .5\" stroke-width=\"1\" transform=\"rotate(.5)\"/></svg>`",
        "numbers left alone             | `<svg NS><path d=\"M10.5.5 1.5e-3\" id=\"a0.5\" fill=\"url(#g0.5)\"/></svg>` | `<svg NS><path d=\"M10.5.5 1.5e-3\" id=\"a0.5\" fill=\"url(#g0.5)\"/></svg>`",
        "a selector on a geometry value | `<svg NS>\n<style>rect[width=\"10.0\"]{fill:red}</style>\n<rect width=\"10.0\" x=\"0.50\"/></svg>` | `<svg NS><style>rect[width=\"10.0\"]{fill:red}</style><rect width=\"10.0\" x=\"0.50\"/></svg>`",
        "a fraction after an exponent   | `<svg NS><path d=\"M1e5.0L0 0 2e-0.5 3E+00.25\"/></svg>` | `<svg NS><path d=\"M1e5.0L0 0 2e-0.5 3E+00.25\"/></svg>`",
        "style and CDATA as written     | `<svg NS><style><![CDATA[ a>b { fill: red } ]]></style><style> c>d{} </style></svg>` | `<svg NS><style><![CDATA[ a>b { fill: red } ]]></style><style> c>d{} </style></svg>`",
        "escapes written back           | `<svg NS><text>&lt;&amp;&gt;</text><a title=\"&quot;x&quot; &amp; y\"/></svg>` | `<svg NS><text>&lt;&amp;></text><a title=\"&quot;x&quot; &amp; y\"/></svg>`",
    })
    void minifies(String name, String svg, String expected) {
        String in = svg.replace("NS", NS);
        String out = new String(MinifySvg.minify(in.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        assertEquals(expected.replace("NS", NS), out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a DOCTYPE with entities        | `<!DOCTYPE svg [<!ENTITY a \"x\">]>\n<svg NS> <text>&a;</text> </svg>`",
        "a stylesheet instruction       | `<?xml-stylesheet href=\"s.css\"?>\n<svg NS> <g/> </svg>`",
        "not well-formed                | `<svg NS> <g> </svg>`",
        "not an SVG                     | `<html> <body/> </html>`",
    })
    void leavesAlone(String name, String svg) {
        byte[] in = svg.replace("NS", NS).getBytes(StandardCharsets.UTF_8);
        assertEquals(new String(in, StandardCharsets.UTF_8), new String(MinifySvg.minify(in), StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "an attribute selector on width | rect[width=\"10.0\"]{fill:red} | true",
        "with spaces and a namespace    | `[ svg|x ^= \"0.5\"]{}` | true",
        "case-insensitive name          | `[VIEWBOX=\"0 0 8 8\"]{}` | true",
        "other attributes               | `[data-width=\"1.0\"]{}a[href]{}[widths=\"1\"]{}` | false",
        "a property, not a selector     | rect{width:10.0px} | false",
    })
    void knowsWhenCssSelectsByGeometry(String name, String css, boolean expected) {
        assertEquals(expected, MinifySvg.selectsGeometry(css));
    }
}
