#!/usr/bin/env bash
# Restaura un respaldo de scripts/respaldar.sh en un MariaDB sin base ruta: docs/operaciones.md, «Restauración».
#
#   MARIADB_OPCIONES=/etc/ruta/nueva.cnf scripts/restaurar.sh /var/respaldos/ruta/ruta-20261208T010000Z
#
# Comprueba las sumas, se niega si el servidor ya tiene una base ruta (nunca mezcla un respaldo con datos vivos),
# carga primero las cuentas (los disparadores de la auditoría nombran a ruta_propietario como su dueño) y después
# la base. Al terminar, Ruta arranca contra este servidor cambiando solo RUTA_DB_URL.
# MARIADB_OPCIONES: archivo de opciones del cliente con una cuenta administradora del servidor nuevo.
set -euo pipefail

carpeta=${1:?"Uso: scripts/restaurar.sh CARPETA (la que imprimió respaldar.sh)"}
opciones=${MARIADB_OPCIONES:?"Falta MARIADB_OPCIONES: el archivo de opciones del cliente con la cuenta administradora"}
[ -r "$opciones" ] || { echo "No se puede leer $opciones" >&2; exit 2; }
programas=${MARIADB_BIN:+$MARIADB_BIN/}

(cd "$carpeta" && sha256sum --check --quiet SHA256SUMS) \
    || { echo "Las sumas de $carpeta no coinciden: el respaldo está dañado, no se restaura." >&2; exit 1; }

existe=$("${programas}mariadb" --defaults-extra-file="$opciones" --batch --skip-column-names \
    -e "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = 'ruta'")
if [ "$existe" != "0" ]; then
    echo "Este servidor ya tiene una base ruta: restaure en un MariaDB vacío." >&2
    exit 1
fi

"${programas}mariadb" --defaults-extra-file="$opciones" < "$carpeta/cuentas.sql"
"${programas}mariadb" --defaults-extra-file="$opciones" --default-character-set=utf8mb4 < "$carpeta/ruta.sql"
"${programas}mariadb" --defaults-extra-file="$opciones" -e "FLUSH PRIVILEGES"
"${programas}mariadb" --defaults-extra-file="$opciones" --batch --skip-column-names -e \
    "SELECT CONCAT('Restaurado: ', COUNT(*), ' registros de auditoría') FROM ruta.auditoria"
