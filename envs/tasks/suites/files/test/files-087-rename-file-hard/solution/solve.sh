#!/usr/bin/env bash
mv /workspace/data/jasper/tiger.tmp /workspace/data/jasper/lotus.csv
