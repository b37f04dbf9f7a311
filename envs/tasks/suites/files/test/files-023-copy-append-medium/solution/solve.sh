#!/usr/bin/env bash
cp /workspace/kettle.txt /workspace/garnet.txt && printf '%s\n' 'amber 979' 'walnut 314' >> /workspace/garnet.txt
