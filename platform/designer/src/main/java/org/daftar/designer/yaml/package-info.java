/**
 * A definition file as a tree the structured editors change ({@link org.daftar.designer.yaml.YamlDocument}),
 * written back as YAML the definitions loader reads as the same definition.
 */
package org.daftar.designer.yaml;
