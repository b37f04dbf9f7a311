#!/usr/bin/env bash
cp /workspace/nectar.txt /workspace/stone.txt && printf '%s\n' 'stone 157' >> /workspace/stone.txt
