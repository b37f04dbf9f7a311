#!/usr/bin/env bash
tail -n 7 /workspace/cedar.txt > /workspace/coral.txt
