#!/usr/bin/env bash
wc -l < /workspace/coral.log > /workspace/answer.txt
