package dev.datamesh.plugin.docs;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The goals, parameters and user properties of this plugin, as the build's descriptor
 * ({@code target/classes/META-INF/maven/plugin.xml}) declares them.
 *
 * @param goals the goal names
 * @param parameters the names of the parameters a user can set, of any goal
 * @param properties user property to parameter name, e.g. {@code mesh.avro.timestampPrecision} to
 *     {@code avroTimestampPrecision}
 */
record PluginDescriptor(Set<String> goals, Set<String> parameters, Map<String, String> properties) {

    static final Path FILE = Path.of("target/classes/META-INF/maven/plugin.xml");

    static PluginDescriptor read() throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(FILE.toFile());
        Set<String> goals = new TreeSet<>();
        Set<String> parameters = new TreeSet<>();
        Map<String, String> properties = new TreeMap<>();
        NodeList mojos = document.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            goals.add(child(mojo, "goal"));
            NodeList list = ((Element) mojo.getElementsByTagName("parameters").item(0))
                    .getElementsByTagName("parameter");
            for (int j = 0; j < list.getLength(); j++) {
                Element parameter = (Element) list.item(j);
                if ("true".equals(child(parameter, "editable"))) {
                    parameters.add(child(parameter, "name"));
                }
            }
            Node configuration = mojo.getElementsByTagName("configuration").item(0);
            if (configuration != null) {
                NodeList children = configuration.getChildNodes();
                for (int j = 0; j < children.getLength(); j++) {
                    if (children.item(j) instanceof Element element) {
                        String expression = element.getTextContent().trim();
                        if (expression.startsWith("${") && expression.endsWith("}")) {
                            properties.put(expression.substring(2, expression.length() - 1), element.getTagName());
                        }
                    }
                }
            }
        }
        return new PluginDescriptor(goals, parameters, properties);
    }

    private static String child(Element parent, String tag) {
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(tag)) {
                return element.getTextContent().trim();
            }
        }
        return "";
    }
}
