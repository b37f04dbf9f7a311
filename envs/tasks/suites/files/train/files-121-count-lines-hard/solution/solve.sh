#!/usr/bin/env bash
wc -l < /workspace/lotus.txt > /workspace/answer.txt
