#!/usr/bin/env bash
cp /workspace/nectar.txt /workspace/src/falcon.txt
