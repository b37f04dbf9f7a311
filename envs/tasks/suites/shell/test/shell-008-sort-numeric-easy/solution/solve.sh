#!/usr/bin/env bash
sort -rn /workspace/temperatures.txt > /workspace/answer.txt
