#!/usr/bin/env bash
cp /workspace/falcon.txt /workspace/src/mango.txt
