#!/usr/bin/env bash
cp /workspace/frost.txt /workspace/cobalt.txt && printf '%s\n' 'raven 126' 'willow 616' 'jasper 953' >> /workspace/cobalt.txt
