#!/usr/bin/env bash
cp /workspace/amber.txt /workspace/backup/island.txt
