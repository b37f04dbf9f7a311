#!/usr/bin/env bash
cp /workspace/jasper.txt /workspace/velvet.txt && printf '%s\n' 'harbor 850' 'frost 904' 'brick 494' 'pearl 559' >> /workspace/velvet.txt
