#!/usr/bin/env bash
cp /workspace/lantern.txt /workspace/delta.txt && sed -i 's/quartz/saddle/g' /workspace/delta.txt
