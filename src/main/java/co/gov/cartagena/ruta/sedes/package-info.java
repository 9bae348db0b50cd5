/** Registro de sedes (Casas de Justicia, Comisarías de Familia, Inspecciones…): a ellas pertenecen los casos y los usuarios. */
package co.gov.cartagena.ruta.sedes;
