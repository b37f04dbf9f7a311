#!/usr/bin/env bash
cp /workspace/lantern.txt /workspace/frost.txt && printf '%s\n' 'nectar 10' >> /workspace/frost.txt
