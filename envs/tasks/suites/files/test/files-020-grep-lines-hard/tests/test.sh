#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/garnet.log ] && [ "$(cat /workspace/garnet.log)" = "$(printf '%s\n' 'WARN timber 443' 'INFO jasper 273' 'ERROR apple 300' 'INFO frost 209' 'ERROR lotus 748' 'ERROR timber 587' 'WARN falcon 389' 'ERROR frost 36' 'ERROR falcon 242' 'INFO jasper 651' 'INFO lotus 865' 'ERROR jasper 103' 'INFO nectar 960' 'WARN timber 632' 'ERROR frost 277' 'WARN nectar 423' 'ERROR nectar 270')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
