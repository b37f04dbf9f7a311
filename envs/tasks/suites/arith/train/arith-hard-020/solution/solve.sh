#!/usr/bin/env bash
echo 908156740224 > /workspace/answer.txt
