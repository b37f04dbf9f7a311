#!/usr/bin/env bash
cp /workspace/pearl.txt /workspace/walnut.txt && printf '%s\n' 'olive 243' 'delta 726' 'frost 140' >> /workspace/walnut.txt
