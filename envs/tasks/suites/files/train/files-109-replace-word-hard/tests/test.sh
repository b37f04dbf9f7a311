#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/river.txt ] && [ "$(cat /workspace/river.txt)" = "$(printf '%s\n' 'mango 401' 'lotus 827' 'timber 730' 'walnut meadow 593' 'sunny 725 walnut' 'timber 628' 'pearl 901' 'jasper 58' 'stone 111' 'velvet 546')" ] && [ -f /workspace/cobalt.txt ] && [ "$(cat /workspace/cobalt.txt)" = "$(printf '%s\n' 'walnut cedar 315' 'kettle 899' 'lotus 534' 'walnut jasper 26')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
