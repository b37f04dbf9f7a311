#!/usr/bin/env bash
sed -i 's/falcon/amber/g' /workspace/brick.txt /workspace/island.txt
